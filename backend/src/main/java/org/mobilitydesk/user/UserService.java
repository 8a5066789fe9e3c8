package org.mobilitydesk.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.common.TextSearch;
import org.mobilitydesk.user.UserViews.UserPage;
import org.mobilitydesk.user.UserViews.UserQuery;
import org.mobilitydesk.user.UserViews.UserView;

/**
 * The people known from signing in: recorded (or refreshed) when they ask who they are, searched by coordinators who
 * pick evaluators. Names and e-mails are personal data: nothing here logs them.
 */
@ApplicationScoped
public class UserService {

    private static final String COLUMNS = "subject, username, display_name, email, array_to_string(roles, ',') as roles, first_seen_at, last_seen_at";

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** Inserts the person at their first sign-in, else refreshes what the token says now; one statement, so concurrent sign-ins agree. */
    @Transactional
    public UserView record(SignedInUser user) {
        Instant now = clock.instant();
        em.createNativeQuery("INSERT INTO app_user (subject, username, display_name, email, roles, first_seen_at, last_seen_at)"
                + " VALUES (:subject, :username, :name, cast(:email as varchar), string_to_array(:roles, ','), :now, :now)"
                + " ON CONFLICT (subject) DO UPDATE SET username = EXCLUDED.username, display_name = EXCLUDED.display_name,"
                + " email = EXCLUDED.email, roles = EXCLUDED.roles, last_seen_at = greatest(app_user.last_seen_at, EXCLUDED.last_seen_at)")
                .setParameter("subject", user.subject()).setParameter("username", cut(user.username(), 255))
                .setParameter("name", cut(user.displayName(), 401)).setParameter("email", cut(user.email(), 320))
                .setParameter("roles", String.join(",", user.roles())).setParameter("now", now).executeUpdate();
        return byIds(List.of(user.subject())).get(user.subject());
    }

    /** Known users by name (then subject), optionally with a role and matching every word of the search. */
    @Transactional
    public UserPage search(UserQuery query, PageParams paging) {
        StringBuilder where = new StringBuilder(" from app_user where true");
        Map<String, Object> params = new HashMap<>();
        if (query.role != null) {
            where.append(" and roles @> array[cast(:role as text)]");
            params.put("role", query.role);
        }
        List<String> words = TextSearch.words(query.q);
        for (int n = 0; n < words.size(); n++) {
            where.append(" and search_text like md_unaccent(:q").append(n).append(") escape '\\'");
            params.put("q" + n, TextSearch.containsPattern(words.get(n)));
        }
        NativeQuery<Object[]> page = users("select " + COLUMNS + where + " order by lower(display_name), subject limit :limit offset :offset", params);
        page.setParameter("limit", paging.size).setParameter("offset", paging.offset());
        List<UserView> items = page.getResultList().stream().map(UserService::view).toList();
        Number total = (Number) native_("select count(*)" + where, params).getSingleResult();
        return new UserPage(items, paging.page, paging.size, total.longValue());
    }

    /** The known users among these subjects, by subject; unknown subjects are absent. */
    @Transactional
    public Map<String, UserView> byIds(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        return users("select " + COLUMNS + " from app_user where subject in (:subjects)", Map.of("subjects", subjects)).getResultList().stream()
                .map(UserService::view).collect(Collectors.toMap(UserView::subject, Function.identity()));
    }

    private NativeQuery<Object[]> users(String sql, Map<String, Object> params) {
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = native_(sql, params);
        return query.addScalar("subject", StandardBasicTypes.STRING).addScalar("username", StandardBasicTypes.STRING)
                .addScalar("display_name", StandardBasicTypes.STRING).addScalar("email", StandardBasicTypes.STRING)
                .addScalar("roles", StandardBasicTypes.STRING).addScalar("first_seen_at", StandardBasicTypes.INSTANT)
                .addScalar("last_seen_at", StandardBasicTypes.INSTANT);
    }

    @SuppressWarnings("rawtypes")
    private NativeQuery native_(String sql, Map<String, Object> params) {
        NativeQuery query = em.unwrap(Session.class).createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query;
    }

    private static UserView view(Object[] r) {
        String roles = (String) r[4];
        return new UserView((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")), (Instant) r[5], (Instant) r[6]);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
