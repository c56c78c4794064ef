package org.hazlex.draft;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the draft-list template, in order. Each header cell reads "Russian / English"; on import a column
 * is recognised by the whole header or by either half, in any case. The columns after {@link #NOTES} hold our reading
 * of the wording that decides how a job meets the entry (legislation/README.md, "How a job meets a list entry") and,
 * where the wording corrects a slip of the copy read, the wording as printed; a sheet without them is read as before.
 */
public enum Column {
    ID("Номер", "Id", false),
    SECTION("Раздел", "Section", true),
    SUBSECTION("Подраздел", "Subsection", false),
    WORDING("Официальная формулировка (рус.)", "Official wording (ru)", true),
    GLOSS("Перевод (англ.)", "English gloss", true),
    HAZARDS("Факторы опасности", "Hazard tags", false),
    COVERS("Охватывает всю работу с фактором", "Covers all work with tag", false),
    R190("Категория Рек. 190, п. 3", "R190 para. 3 category", false),
    ISCO("Коды МСКЗ-08", "ISCO-08 codes", false),
    ISIC("Коды МСОК ред. 4", "ISIC Rev.4 codes", false),
    MIN_AGE("Минимальный возраст", "Minimum age", false),
    PROVISION("Положение", "Provision", false),
    NOTES("Примечания", "Notes", false),
    EXTENT("Охват позиции", "Extent", false),
    TERMS("Слова, называющие работу", "Terms", false),
    QUALIFIER_HAZARDS("Условие: факторы опасности", "Qualifier hazard tags", false),
    QUALIFIER_TERMS("Условие: слова", "Qualifier terms", false),
    PRINTED("Формулировка в прочитанной копии", "Wording as printed", false),
    CORRECTION("Причина исправления", "Why corrected", false);

    private final String ru;
    private final String en;
    private final boolean required;

    Column(String ru, String en, boolean required) {
        this.ru = ru;
        this.en = en;
        this.required = required;
    }

    public String header() {
        return ru + " / " + en;
    }

    public String en() {
        return en;
    }

    /** A value the import cannot do without: an empty cell is an error. */
    public boolean required() {
        return required;
    }

    /** The column a header cell names, if any. */
    public static Optional<Column> of(String header) {
        String h = norm(header);
        for (Column c : values()) {
            if (h.equals(norm(c.header())) || h.equals(norm(c.ru)) || h.equals(norm(c.en))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The spreadsheet letter of a zero-based column index (0 = A, 26 = AA). */
    public static String letter(int index) {
        StringBuilder b = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            b.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return b.toString();
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
