package org.mobilitydesk.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The texts the backend writes for people (export headers and values, e-mails), one UTF-8 file per interface language
 * in resources/messages. Patterns are {@link MessageFormat}s: {0} is the first argument, '' an apostrophe.
 */
public final class Messages {

    private static final Map<InterfaceLanguage, Messages> ALL = new EnumMap<>(InterfaceLanguage.class);

    static {
        for (InterfaceLanguage language : InterfaceLanguage.values()) {
            ALL.put(language, new Messages(language, load("messages/" + language.code() + ".properties")));
        }
    }

    private final InterfaceLanguage language;
    private final Properties texts;

    private Messages(InterfaceLanguage language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    public static Messages of(InterfaceLanguage language) {
        return ALL.get(language);
    }

    public InterfaceLanguage language() {
        return language;
    }

    /** The text of the key with its arguments; a missing key is a bug the bundle tests catch, shown as the key. */
    public String text(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    /** Whether the bundle has the key (for values that may have no translation, such as an unknown code). */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    Set<String> keys() {
        return texts.stringPropertyNames();
    }

    String pattern(String key) {
        return texts.getProperty(key);
    }

    private static Properties load(String resource) {
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Messages missing: " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
