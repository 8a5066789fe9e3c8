package org.mobilitydesk.reference;

/** Which side of KA171 a country is on: programme (EU member or associated third country) or partner. */
public enum ProgrammeSide {
    EU, ASSOCIATED, PARTNER, NOT_ELIGIBLE
}
