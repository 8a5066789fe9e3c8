package org.mobilitydesk.institution;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.common.Page;

@Schema(name = "InstitutionPage", description = "One page of institutions")
public class InstitutionPage extends Page<InstitutionView> {
    public InstitutionPage(List<InstitutionView> items, int page, int size, long total) {
        super(items, page, size, total);
    }
}
