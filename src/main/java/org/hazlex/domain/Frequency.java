package org.hazlex.domain;

/** How often a load is lifted or carried: alternating with other work, or constantly through the shift. */
public enum Frequency {
    OCCASIONAL, CONSTANT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Frequency fromCode(String code) {
        for (Frequency f : values()) {
            if (f.code().equals(code)) {
                return f;
            }
        }
        return null;
    }
}
