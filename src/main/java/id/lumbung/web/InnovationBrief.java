package id.lumbung.web;

import id.lumbung.catalogue.InnovationParts.OutcomeIndicator;
import id.lumbung.catalogue.InnovationParts.YearValue;
import id.lumbung.catalogue.InnovationViews.InnovationView;
import id.lumbung.common.Formats;
import id.lumbung.common.Labels;
import id.lumbung.replication.ReplicationViews.ReplicationView;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The one-page PDF brief of an innovation (OpenPDF): what the printed page shows, in the reader's language.
 * Long texts are shortened at a word so that the brief stays on one A4 page; the page itself has them whole.
 */
final class InnovationBrief {

    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 8.5f);
    private static final Font SMALL = new Font(Font.HELVETICA, 7.5f);
    private static final int MAX_ITEMS = 6;

    private final RecordText rec;
    private final Messages msg;
    private final Locale locale;
    private final boolean englishView;
    private final Document document = new Document(PageSize.A4, 40, 40, 36, 36);

    private InnovationBrief(String lang) {
        this.englishView = "en".equals(lang);
        this.rec = text(lang);
        this.msg = MessageBundles.get(Messages.class, Localized.Literal.of(lang));
        this.locale = Formats.locale(lang);
    }

    /** A text in the brief's language where the entry has it, else the other (as the pages show it). */
    private String shown(String indonesian, String english) {
        boolean hasEnglish = english != null && !english.isBlank();
        boolean hasIndonesian = indonesian != null && !indonesian.isBlank();
        return hasEnglish && (englishView || !hasIndonesian) ? english : indonesian;
    }

    static RecordText text(String lang) {
        return MessageBundles.get(RecordText.class, Localized.Literal.of(lang));
    }

    static byte[] render(InnovationView innovation, List<ReplicationView> replications, String lang, String url,
            LocalDate printedOn) {
        return new InnovationBrief(lang).write(innovation, replications, url, printedOn);
    }

    private byte[] write(InnovationView i, List<ReplicationView> replications, String url, LocalDate printedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, out);
        document.addTitle(shown(i.name(), i.nameEn()));
        document.addCreator("Lumbung");
        document.open();
        add(new Paragraph(rec.brief_title() + " · Lumbung", SMALL));
        add(new Paragraph(shown(i.name(), i.nameEn()) + (i.acronym() == null ? "" : " (" + i.acronym() + ")"), TITLE));
        add(new Paragraph(String.join(" · ", meta(i)), BODY));
        section(rec.summary(), shorten(shown(i.summary(), i.summaryEn()), 900));
        facts(i);
        section(msg.problem(), shorten(shown(i.problem(), i.problemEn()), 450));
        section(msg.approach(), shorten(shown(i.approach(), i.approachEn()), 450));
        section(msg.outcomes(), shorten(shown(i.outcomes(), i.outcomesEn()), 450));
        list(msg.outcome_indicators(), i.outcomeIndicators().stream().limit(MAX_ITEMS).map(this::indicator).toList());
        if (i.replicationKit() != null && i.replicationKit().steps() != null) {
            list(msg.replication_kit() + " — " + msg.steps(), i.replicationKit().steps().stream().limit(MAX_ITEMS)
                    .map(s -> shorten(s, 160)).toList());
        }
        section(msg.legal_basis(), shorten(i.legalBasis(), 300));
        section(msg.cost(), shorten(i.costEstimate(), 300));
        list(msg.awards(), i.awards().stream().limit(MAX_ITEMS).map(a -> shorten(a.name(), 160)).toList());
        list(rec.replications(), replications.stream().limit(MAX_ITEMS + 2).map(this::replication).toList());
        Paragraph footer = new Paragraph(rec.printed(url, Formats.longDate(printedOn, locale)), SMALL);
        footer.setSpacingBefore(8);
        add(footer);
        document.close();
        return out.toByteArray();
    }

    private List<String> meta(InnovationView i) {
        List<String> meta = new ArrayList<>();
        meta.add(i.region() != null ? i.region().name() : String.valueOf(i.ownerName()));
        if (i.province() != null && i.region() != null && !i.province().code().equals(i.region().code())) {
            meta.add(i.province().name());
        }
        meta.add(msg.running_status() + ": " + Labels.of(i.runningStatus(), locale));
        meta.add(i.lastConfirmedOn() == null ? rec.not_confirmed()
                : msg.last_confirmed(Formats.longDate(i.lastConfirmedOn(), locale)));
        return meta;
    }

    private void facts(InnovationView i) {
        PdfPTable table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        fact(table, rec.agency(), i.agency());
        fact(table, rec.year_started(), i.yearStarted() == null ? null : i.yearStarted().toString());
        fact(table, rec.tahapan(), i.tahapan() == null ? null : Labels.of(i.tahapan(), locale));
        fact(table, rec.jenis(), i.jenis() == null ? null : Labels.of(i.jenis(), locale));
        fact(table, rec.bentuk(), i.bentuk() == null ? null : Labels.of(i.bentuk(), locale));
        fact(table, rec.urusan(), i.urusan());
        fact(table, msg.facet_theme(), String.join(", ", i.themes().stream().map(t -> Labels.theme(t, locale)).toList()));
        if (table.getRows().size() > 0) {
            add(table);
        }
    }

    private void fact(PdfPTable table, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        table.addCell(cell(label, HEADING));
        table.addCell(cell(shorten(value, 200), BODY));
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderWidth(0.3f);
        cell.setPadding(2.5f);
        return cell;
    }

    private String indicator(OutcomeIndicator indicator) {
        StringBuilder line = new StringBuilder(indicator.name()).append(": ");
        List<String> parts = new ArrayList<>();
        if (indicator.baseline() != null) {
            parts.add(rec.baseline() + " " + Formats.measure(indicator.baseline(), indicator.unit(), locale));
        }
        for (YearValue v : indicator.values() == null ? List.<YearValue>of() : indicator.values()) {
            parts.add(v.year() + " " + Formats.measure(v.value(), indicator.unit(), locale));
        }
        if (indicator.target() != null) {
            parts.add(rec.target() + " " + Formats.measure(indicator.target(), indicator.unit(), locale));
        }
        return line.append(String.join("; ", parts)).toString();
    }

    private String replication(ReplicationView r) {
        String adopter = r.adopter().name() == null ? r.adopter().regionCode() : r.adopter().name();
        return adopter + " — " + Labels.of(r.status(), locale) + (r.year() == null ? "" : " (" + r.year() + ")");
    }

    private void section(String heading, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Paragraph title = new Paragraph(heading, HEADING);
        title.setSpacingBefore(5);
        add(title);
        add(new Paragraph(text, BODY));
    }

    private void list(String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        Paragraph title = new Paragraph(heading, HEADING);
        title.setSpacingBefore(5);
        add(title);
        for (String item : items) {
            Paragraph line = new Paragraph();
            line.add(new Chunk("• ", BODY));
            line.add(new Chunk(item, BODY));
            line.setIndentationLeft(8);
            add(line);
        }
    }

    private void add(Element element) {
        document.add(element);
    }

    /** The text up to {@code max} characters, cut after a whole word; paragraphs run together. */
    static String shorten(String text, int max) {
        if (text == null) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > max / 2 ? cut : max - 1) + " …";
    }
}
