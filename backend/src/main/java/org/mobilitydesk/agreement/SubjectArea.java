package org.mobilitydesk.agreement;

/** An ISCED-F 2013 field of education with an optional clarification, e.g. 0912 "dentistry". */
public record SubjectArea(String iscedCode, String clarification) {
}
