package org.mobilitydesk.selection.commission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.mobilitydesk.call.CallViews.CallView;
import org.mobilitydesk.selection.StepCode;
import org.mobilitydesk.selection.commission.AllocationViews.StepView;

/**
 * The English text of an outcome's explanation, for the coordinators' preview, the minutes and e-mails; the SPA
 * translates the codes itself. Written to the candidate ("your 1st choice"). Arguments are read as stored, so numbers
 * and ids may come as text.
 */
public final class ExplanationText {

    private ExplanationText() {
    }

    /** Names of what steps refer to by id: partners by id text, criteria by their index text. */
    public record Names(Function<String, String> partner, Function<String, String> criterion) {
    }

    /** Partners by the call's names (then by {@code otherPartners}, ids as text), criteria by their English name. */
    public static Names forCall(CallView call, Map<String, String> otherPartners) {
        Map<String, String> partners = new HashMap<>(otherPartners);
        call.places().forEach(p -> partners.put(p.partner().id().toString(), p.partner().name()));
        return new Names(id -> partners.getOrDefault(id, id), index -> call.criteria().get(Integer.parseInt(index)).name().get("en"));
    }

    /** A stored step {code, args} with its English text. */
    @SuppressWarnings("unchecked")
    public static StepView view(Map<String, Object> stored, Names names) {
        StepCode code = StepCode.valueOf((String) stored.get("code"));
        Map<String, Object> args = new LinkedHashMap<>((Map<String, Object>) stored.get("args"));
        return new StepView(code, args, step(code, args, names));
    }

    public static String step(StepCode code, Map<String, Object> args, Names names) {
        return switch (code) {
            case RANK -> "Rank %s of %s, total %s.".formatted(args.get("rank"), args.get("of"), decimal(args.get("total")));
            case INCOMPLETE_SCORING -> "Not ranked: %s %s fewer than the %s submitted evaluations required.".formatted(
                    list(((List<?>) args.get("criteria")).stream().map(c -> names.criterion().apply(c.toString())).toList()),
                    ((List<?>) args.get("criteria")).size() == 1 ? "has" : "have", args.get("required"));
            case BELOW_MINIMUM -> "The total %s is below the call's minimum of %s: not selected.".formatted(decimal(args.get("total")),
                    decimal(args.get("minimum")));
            case DECLINED -> "The offer was declined or the application withdrawn: out of the competition.";
            case PREFERENCE_NO_PLACES -> "%s: no places in this call.".formatted(choice(args, names));
            case PREFERENCE_FULL -> "%s: %s.".formatted(choice(args, names), full(args));
            case PLACED -> "%s: placed.".formatted(choice(args, names));
            case RESERVE -> "Reserve list, position %s.".formatted(args.get("position"));
            case PLACE_FREED -> "A place at %s was freed by rank %s after rank %s declined.".formatted(partner(args.get("partnerId"), names),
                    args.get("freedByRank"), args.get("declinedRank"));
            case UPGRADED -> "Moved from %s to %s.".formatted(choice(args.get("fromPartnerId"), args.get("fromPreference"), names),
                    choice(args.get("partnerId"), args.get("preference"), names));
            case LEFT_RESERVE -> "Moved from reserve position %s to %s.".formatted(args.get("reservePosition"),
                    choice(args.get("partnerId"), args.get("preference"), names));
        };
    }

    private static String full(Map<String, Object> args) {
        List<String> ranks = ((List<?>) args.get("takenByRanks")).stream().map(Object::toString).toList();
        int places = Integer.parseInt(args.get("places").toString());
        if (places == 1) {
            return "places 1, taken by rank " + ranks.get(0);
        }
        return "places %d, %s taken by ranks %s".formatted(places, places == 2 ? "both" : "all", list(ranks));
    }

    private static String choice(Map<String, Object> args, Names names) {
        return choice(args.get("partnerId"), args.get("preference"), names);
    }

    private static String choice(Object partnerId, Object preference, Names names) {
        return "%s (your %s choice)".formatted(partner(partnerId, names), ordinal(Integer.parseInt(preference.toString())));
    }

    private static String partner(Object id, Names names) {
        return names.partner().apply(id.toString());
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static String decimal(Object value) {
        return new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String list(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
