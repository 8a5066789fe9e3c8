package org.mobilitydesk.partner;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.common.Page;

@Schema(name = "PartnerClientPage", description = "One page of partner clients")
public class PartnerClientPage extends Page<PartnerClientView> {
    public PartnerClientPage(List<PartnerClientView> items, int page, int size, long total) {
        super(items, page, size, total);
    }
}
