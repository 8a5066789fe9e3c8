package org.mobilitydesk.grant;

import java.util.Locale;

/** The KA171 mobility types (DOMAIN-KA171 §2); the category decides how days are counted and which rates apply. */
public enum MobilityType implements Described {
    STUDENT_STUDIES(Category.LONG_TERM_STUDENT),
    STUDENT_TRAINEESHIP(Category.LONG_TERM_STUDENT),
    SHORT_TERM_BLENDED(Category.SHORT_TERM_STUDENT),
    SHORT_TERM_DOCTORAL(Category.SHORT_TERM_STUDENT),
    STAFF_TEACHING(Category.STAFF),
    STAFF_TRAINING(Category.STAFF);

    public enum Category {
        /** Counted in 30-day months, paid per month; duration limits in months. */
        LONG_TERM_STUDENT,
        /** Counted in calendar days, paid per day with a lower rate from day 15; duration limits in days. */
        SHORT_TERM_STUDENT,
        /** Counted in calendar days, paid per day at a reduced percentage from day 15; duration limits in days. */
        STAFF
    }

    private final Category category;

    MobilityType(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    public boolean longTerm() {
        return category == Category.LONG_TERM_STUDENT;
    }

    @Override
    public String english() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
