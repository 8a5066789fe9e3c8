package org.mobilitydesk.notification;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.common.Page;

@Schema(name = "NotificationPage", description = "One page of notifications, newest first")
public class NotificationPage extends Page<NotificationView> {
    public NotificationPage(List<NotificationView> items, int page, int size, long total) {
        super(items, page, size, total);
    }
}
