package org.mobilitydesk.call;

/** The kinds of document a call asks applicants for; OTHER needs an English label saying what it is. */
public enum DocumentType {
    MOTIVATION_LETTER, CV, TRANSCRIPT_OF_RECORDS, LANGUAGE_CERTIFICATE, PASSPORT, RECOMMENDATION_LETTER,
    LEARNING_AGREEMENT, TEACHING_PROGRAMME, TRAINING_PROGRAMME, OTHER
}
