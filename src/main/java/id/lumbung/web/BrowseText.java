package id.lumbung.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the pages for browsing: regions, the map, learning events and the list of replications
 * ({@code brw:} in templates). Texts in messages/brw_id.properties (the default) and brw_en.properties.
 */
@MessageBundle(value = "brw", locale = "id")
public interface BrowseText {

    String nav_regions();

    String nav_events();

    String map_innovations();

    String map_replications();

    String map_flows();

    String map_note();

    String map_table(String title);

    String map_tile(String name, long innovations, long replications);

    String map_flow_tile(String name, long count, boolean source);

    String province();

    String region();

    String innovations();

    String replications_adopted();

    String regions_title();

    String regions_intro();

    String find_region_label();

    String find_region();

    String found(int count, String q);

    String none_found(String q);

    String kabkota_count(int count);

    String kabkota_in();

    String browse_regions();

    String basis_provinsi(String region, String province);

    String basis_nasional();

    String events_title();

    String events_intro();

    String all_events();

    String event_date();

    String place();

    String host();

    String programme();

    String presented();

    String participants();

    String participants_note();

    String event_sources();

    String events_of_region();

    String no_events();

    String all_replications();

    String replications_intro();

    String filter_province();

    String filter_status();

    String filter_source();

    String any();

    String count_replications(long count);

    String per_province();

    String total();

    String other_adopters();

    String since();

    String days(long days);

    String undated(int count);

    String undated_help();

    String bad_filter();

    String period();

    String bad_search(String field);

    String search_unavailable();
}
