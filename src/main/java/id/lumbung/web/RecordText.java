package id.lumbung.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of an innovation's page, its PDF brief and the comparison ({@code rec:} in templates). The texts
 * live in messages/rec_id.properties (Indonesian, the default) and messages/rec_en.properties.
 */
@MessageBundle(value = "rec", locale = "id")
public interface RecordText {

    String since_year(int year);

    String not_confirmed();

    String download_pdf();

    String compare();

    String agency();

    String owner();

    String level();

    String year_started();

    String tahapan();

    String jenis();

    String bentuk();

    String urusan();

    String sdgs();

    String goals();

    String benefits();

    String staff_only();

    String year();

    String baseline();

    String value();

    String target();

    String steps_of(String adopter);

    String in_year(int year);

    String date_unknown();

    String adaptation();

    String kept();

    String changed();

    String dropped();

    String rationale();

    String adopter_outcomes();

    String adopter_legal_basis();

    String number_abbr();

    String of_year();

    String learning_event();

    String derived_innovation();

    String evidence();

    String verified();

    String flows_title();

    String adopter();

    String outside_map();

    String presented_at();

    String printed(String url, String date);

    String brief_title();

    String summary();

    String facts();

    String region();

    String replications();

    String no_value();

    String compare_title();

    String compare_intro();

    String compare_add();

    String compare_search_label();

    String compare_add_this(String name);

    String compare_remove();

    String compare_limit();

    String compare_unknown(String slug);

    String compare_empty();

    String kit_steps(int count);
}
