package org.mobilitydesk.notification;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an administrator may register as a webhook: an absolute https URL with a host, without user name, password or
 * fragment. Plain http is accepted only for loopback hosts (localhost, 127.x.x.x, [::1]) so local receivers can be
 * tested; notifications to anywhere else travel encrypted. Host names are not resolved here.
 */
public final class WebhookUrl {

    public static final int MAX_LENGTH = 2000;
    private static final Pattern LOOPBACK_V4 = Pattern.compile("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$");

    private WebhookUrl() {
    }

    /** Why the text cannot be a webhook URL, or empty when it can. */
    public static Optional<String> refusal(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("is required");
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.of("is not a well-formed URL");
        }
        if (!uri.isAbsolute() || uri.isOpaque()) {
            return Optional.of("must be an absolute URL such as https://partner.example/mobility-desk/events");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("must be an https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain a user name or password");
        }
        if (uri.getHost() == null) {
            return Optional.of("must name a valid host");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            return Optional.of("must have a port between 1 and 65535");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not contain a fragment (#...)");
        }
        if (scheme.equals("http") && !loopback(uri.getHost())) {
            return Optional.of("must be an https URL (plain http only for localhost and loopback addresses)");
        }
        return Optional.empty();
    }

    private static boolean loopback(String host) {
        return host.equalsIgnoreCase("localhost") || host.equals("[::1]") || LOOPBACK_V4.matcher(host).matches();
    }
}
