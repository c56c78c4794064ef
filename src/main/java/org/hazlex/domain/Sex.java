package org.hazlex.domain;

/** The worker's sex, as the load norms distinguish it. */
public enum Sex {
    FEMALE, MALE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Sex fromCode(String code) {
        for (Sex s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return null;
    }
}
