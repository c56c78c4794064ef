package org.hazlex.domain;

/** Where a load is lifted from, as the per-shift totals of a load-norm table distinguish it. */
public enum LiftedFrom {
    SURFACE, FLOOR;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static LiftedFrom fromCode(String code) {
        for (LiftedFrom f : values()) {
            if (f.code().equals(code)) {
                return f;
            }
        }
        return null;
    }
}
