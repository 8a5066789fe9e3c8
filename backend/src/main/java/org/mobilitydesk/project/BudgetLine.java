package org.mobilitydesk.project;

/** The budget lines of a KA171 project (DOMAIN-KA171.md §4–§6). */
public enum BudgetLine {
    ORGANISATIONAL_SUPPORT, TRAVEL, INDIVIDUAL_SUPPORT, INCLUSION_SUPPORT
}
