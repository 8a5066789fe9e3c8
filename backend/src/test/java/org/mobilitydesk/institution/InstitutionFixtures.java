package org.mobilitydesk.institution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for institution tests; every call gives a unique name and Erasmus code so tests never collide. */
public final class InstitutionFixtures {

    private InstitutionFixtures() {
    }

    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A valid body for a partner in Tartu, Estonia, with a unique Erasmus code such as "EE TQWERTY12". */
    public static Map<String, Object> partner(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("otherNames", Map.of("ru", "Тестовый университет"));
        body.put("erasmusCode", "EE T" + letters(6) + "02");
        body.put("countryCode", "EE");
        body.put("city", "Tartu");
        body.put("latitude", 58.3811);
        body.put("longitude", 26.7198);
        body.put("website", "https://ut.ee");
        body.put("contacts", List.of(Map.of("name", "Kadri Tamm", "role", "Erasmus+ coordinator", "email", "kadri@ut.ee", "phone", "+372 737 5100")));
        body.put("notes", "Internal note");
        return body;
    }

    /** A body configuring the home institution, IHSM in Bishkek, in the given time zone. */
    public static Map<String, Object> home(String timeZone) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "International Higher School of Medicine");
        body.put("countryCode", "KG");
        body.put("city", "Bishkek");
        body.put("latitude", 42.8424);
        body.put("longitude", 74.5863);
        body.put("timeZone", timeZone);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : unique().toCharArray()) {
            s.append((char) ('A' + (Character.digit(c, 16) % 26)));
        }
        return s.substring(0, n);
    }
}
