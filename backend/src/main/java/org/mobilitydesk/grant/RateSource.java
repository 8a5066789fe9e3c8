package org.mobilitydesk.grant;

/**
 * Where a rate comes from, as data the SPA translates: an edition of the Erasmus+ Programme Guide (Part B, Key
 * Action 1, mobility of higher education students and staff) and how the value relates to it, or the international
 * office. {@code note} is an administrator's own remark, shown as written; the seeded values have none.
 */
public record RateSource(Kind kind, Integer edition, String note) implements Described {

    public enum Kind {
        /** The value is published for KA171 in this edition. */
        PROGRAMME_GUIDE,
        /** This edition publishes the value for the sister action KA131, not for KA171. */
        PROGRAMME_GUIDE_KA131,
        /** Consistent with the values this edition publishes; not published as such. */
        INFERRED,
        /** This edition publishes no KA171 value: the international office has to set it. */
        NOT_PUBLISHED,
        /** The international office set the value. */
        OFFICE;

        boolean needsEdition() {
            return this != OFFICE;
        }

        /** A published or inferred source gives an amount, a value not published has none, the office may do either. */
        boolean fits(boolean known) {
            return this == OFFICE || known == (this != NOT_PUBLISHED);
        }
    }

    static final String GUIDE_PART = "Part B, Key Action 1, mobility of higher education students and staff";

    public RateSource {
        if (kind == null) {
            throw new IllegalArgumentException("a source has a kind");
        }
        if (kind.needsEdition() != (edition != null)) {
            throw new IllegalArgumentException(kind + (edition == null ? " needs the guide's edition" : " names no edition"));
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public static RateSource guide(int edition) {
        return new RateSource(Kind.PROGRAMME_GUIDE, edition, null);
    }

    public static RateSource notPublished(int edition) {
        return new RateSource(Kind.NOT_PUBLISHED, edition, null);
    }

    public static RateSource office(String note) {
        return new RateSource(Kind.OFFICE, null, note);
    }

    /** The code an explanation's argument carries for the SPA, such as {@code PROGRAMME_GUIDE:2024} or {@code OFFICE}. */
    @Override
    public String toString() {
        return edition == null ? kind.name() : kind.name() + ":" + edition;
    }

    @Override
    public String english() {
        String guide = "Erasmus+ Programme Guide " + edition + ", " + GUIDE_PART;
        return switch (kind) {
            case PROGRAMME_GUIDE -> guide;
            case PROGRAMME_GUIDE_KA131 -> guide + ", the KA131 value (not published for KA171)";
            case INFERRED -> "consistent with the values of the " + guide + " (not published as such)";
            case NOT_PUBLISHED -> "not published for KA171 in the " + guide + "; the international office sets it";
            case OFFICE -> "set by the international office";
        };
    }
}
