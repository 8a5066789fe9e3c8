package org.mobilitydesk.agreement;

/** What can happen to an agreement; each one is recorded in its history. */
public enum AgreementAction {
    /** A new agreement: it starts as a draft. */
    CREATE,
    /** Fields outside the conditions (local ids, contacts, signing contacts, notes) change; the hash does not. */
    EDIT,
    /** The conditions change: a new version with a new hash. */
    EDIT_CONDITIONS,
    /** The home institution signs the current hash. */
    SIGN,
    /** The partner approves the hash the home institution signed. */
    APPROVE,
    /** The partner declines the hash the home institution signed, with a comment. */
    DECLINE,
    TERMINATE,
    /** The last mutually approved conditions become the current ones again. */
    RESTORE_APPROVED
}
