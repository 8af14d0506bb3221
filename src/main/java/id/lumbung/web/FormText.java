package id.lumbung.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the curator forms ({@code frm:} in templates). The texts live in messages/frm_id.properties
 * (Indonesian, the default) and messages/frm_en.properties.
 */
@MessageBundle(value = "frm", locale = "id")
public interface FormText {

    String section_identity();

    String section_place();

    String section_class();

    String section_text();

    String section_results();

    String section_legal();

    String section_kit();

    String section_contact();

    String section_recognition();

    String section_running();

    String slug_hint();

    String region();

    String region_hint();

    String aliases();

    String alias();

    String language();

    String choose();

    String indicator_name();

    String unit();

    String baseline();

    String target();

    String yearly_values();

    String yearly_hint();

    String prerequisite();

    String step();

    String doc_title();

    String url();

    String unit_name();

    String email();

    String phone();

    String website();

    String personal_contacts();

    String person_name();

    String role();

    String award_name();

    String year();

    String rank();

    String source_title();

    String verified();

    String yes();

    String not_yet();

    String last_confirmed();

    String date_hint();

    String add_rows();

    String different_program();

    String confirm_running();

    String confirmed_today(String name);

    String confirm_by_reviewers();

    String staff_only();

    String adopter_hint();

    String adopter_other();

    String country();

    String legal_kind();

    String legal_number();

    String legal_title();

    String publication();

    String replications_in_review();

    String none_in_review();

    String import_kind();

    String import_innovations();

    String import_replications();

    String import_choose_file();

    String import_unknown_kind();

    String import_other_file();

    String import_summary_dry(int lines, int created, int updated, int unchanged);

    String import_summary(int lines, int created, int updated, int unchanged);

    String import_line_errors();

    String import_refused();

    String import_duplicates();

    String import_duplicates_refused();

    String import_duplicates_hint();

    String import_line();

    String import_entry();

    String import_resembles();

    String import_field();

    String import_problem();

    String import_same_file();

    String import_anyway();

    String file_choose();

    String file_none();

    String file_chosen();
}
