package org.hazlex.engine;

/** Minutes of overlap between two clock intervals that may cross midnight (end before start). */
public final class ClockMath {
    private static final int DAY = 24 * 60;

    private ClockMath() {
    }

    /**
     * Overlap in minutes of [aStart, aEnd) and [bStart, bEnd), minutes after midnight; an end at or before its
     * start crosses midnight. A shift ending exactly when the window opens, or starting when it closes, does
     * not overlap it.
     */
    public static int overlapMinutes(int aStart, int aEnd, int bStart, int bEnd) {
        int total = 0;
        for (int[] a : split(aStart, aEnd)) {
            for (int[] b : split(bStart, bEnd)) {
                total += Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
            }
        }
        return total;
    }

    private static int[][] split(int start, int end) {
        if (end > start) {
            return new int[][] {{start, end}};
        }
        return new int[][] {{start, DAY}, {0, end}};
    }
}
