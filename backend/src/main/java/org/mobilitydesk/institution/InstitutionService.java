package org.mobilitydesk.institution;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.common.TextSearch;
import org.mobilitydesk.reference.Country;
import org.mobilitydesk.reference.ReferenceService;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class InstitutionService {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "lower(i.name)",
            "city", "lower(i.city)",
            "country", "(select c.names.en from Country c where c.code = i.countryCode)",
            "updatedAt", "i.updatedAt");

    @Inject
    ReferenceService reference;
    @Inject
    Clock clock;

    @Transactional
    public InstitutionPage list(InstitutionQuery query, boolean staff) {
        StringBuilder where = new StringBuilder("i.home = false and i.status = :status");
        Parameters params = Parameters.with("status", staff ? query.statusOr(InstitutionStatus.ACTIVE) : InstitutionStatus.ACTIVE);
        List<String> words = TextSearch.words(query.q);
        for (int n = 0; n < words.size(); n++) {
            where.append(" and i.searchText like cast(md_unaccent(:q").append(n).append(") as String) escape '\\'");
            params.and("q" + n, TextSearch.containsPattern(words.get(n)));
        }
        if (query.country != null) {
            where.append(" and i.countryCode = :country");
            params.and("country", query.country.toUpperCase());
        }
        if (query.region != null) {
            where.append(" and exists (select 1 from CountryClassification cc where cc.id.countryCode = i.countryCode"
                    + " and cc.id.firstCallYear <= :year and (cc.lastCallYear is null or cc.lastCallYear >= :year)"
                    + " and cc.partnerRegion = :region)");
            params.and("year", reference.currentCallYear()).and("region", query.region.shortValue());
        }
        boolean descending = query.sort.startsWith("-");
        String order = SORT_COLUMNS.get(descending ? query.sort.substring(1) : query.sort) + (descending ? " desc" : " asc");
        PanacheQuery<Institution> found = Institution.find(
                "from Institution i where " + where + " order by " + order + ", i.id", params)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .range(query.offset(), query.offset() + query.size - 1);
        List<InstitutionView> items = found.list().stream().map(i -> view(i, staff)).toList();
        long total = Institution.count("from Institution i where " + where, params);
        return new InstitutionPage(items, query.page, query.size, total);
    }

    @Transactional
    public InstitutionView get(UUID id, boolean staff) {
        Institution institution = partner(id);
        if (!staff && institution.status != InstitutionStatus.ACTIVE) {
            throw ProblemException.notFound("Institution " + id);
        }
        return view(institution, staff);
    }

    /** An active partner or the home institution, as a place a mobility starts from or goes to. */
    @Transactional
    public InstitutionView place(UUID id) {
        Institution institution = Institution.findById(id);
        if (institution == null || institution.status != InstitutionStatus.ACTIVE) {
            throw ProblemException.notFound("Institution " + id);
        }
        return view(institution, false);
    }

    /** A partner institution, active or archived, that another feature refers to; empty when unknown or the home institution. */
    @Transactional
    public Optional<InstitutionView> findPartner(UUID id) {
        Institution institution = Institution.findById(id);
        return institution == null || institution.home ? Optional.empty() : Optional.of(view(institution, false));
    }

    @Transactional
    public InstitutionView create(InstitutionInput input, String user) {
        Institution institution = new Institution();
        institution.id = UUID.randomUUID();
        institution.createdAt = Instant.now(clock);
        institution.createdBy = user;
        apply(institution, input, user);
        institution.persist();
        return view(institution, true);
    }

    @Transactional
    public InstitutionView update(UUID id, InstitutionInput input, String user) {
        Institution institution = partner(id);
        checkVersion(institution, input.version());
        apply(institution, input, user);
        Institution.getEntityManager().flush();
        return view(institution, true);
    }

    @Transactional
    public InstitutionView changeStatus(UUID id, int version, InstitutionStatus target, String user) {
        Institution institution = partner(id);
        checkVersion(institution, version);
        if (institution.status == target) {
            throw new ProblemException(409, "wrong-state", "Wrong state",
                    "The institution is already " + target.name().toLowerCase() + " (version " + institution.version + ")", null);
        }
        institution.status = target;
        touch(institution, user);
        Institution.getEntityManager().flush();
        return view(institution, true);
    }

    @Transactional
    public InstitutionView home() {
        return view(Institution.<Institution>find("home", true).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("The home institution (an admin has not configured it yet)")), false);
    }

    @Transactional
    public InstitutionView configureHome(InstitutionInput input, String user) {
        ZoneId zone = zone(input.timeZone());
        Institution home = Institution.<Institution>find("home", true).firstResultOptional().orElse(null);
        if (home == null) {
            home = new Institution();
            home.id = UUID.randomUUID();
            home.home = true;
            home.createdAt = Instant.now(clock);
            home.createdBy = user;
        } else {
            checkVersion(home, input.version());
        }
        apply(home, input, user);
        home.timeZone = zone.getId();
        home.contacts = List.of();
        home.notes = null;
        home.persist();
        Institution.getEntityManager().flush();
        return view(home, false);
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            throw ProblemException.badRequest("timeZone", "is required for the home institution, e.g. Asia/Bishkek");
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw ProblemException.badRequest("timeZone", "must be an IANA time zone such as Asia/Bishkek");
        }
    }

    private Institution partner(UUID id) {
        Institution institution = Institution.findById(id);
        if (institution == null || institution.home) {
            throw ProblemException.notFound("Institution " + id);
        }
        return institution;
    }

    private static void checkVersion(Institution institution, Integer version) {
        if (version == null) {
            throw ProblemException.badRequest("version", "is required: send the version you loaded");
        }
        if (version != institution.version) {
            throw ProblemException.staleVersion(institution.version);
        }
    }

    private void apply(Institution institution, InstitutionInput input, String user) {
        Country country = reference.country(input.countryCode())
                .orElseThrow(() -> ProblemException.unprocessable("countryCode", "is not a known ISO 3166-1 country code"));
        String code = ErasmusCode.canonical(input.erasmusCode());
        if (code != null && Institution.count("erasmusCode = ?1 and id <> ?2", code, institution.id) > 0) {
            throw ProblemException.conflict("erasmusCode", "Another institution already has the Erasmus code " + code.strip());
        }
        institution.name = input.name().strip();
        institution.otherNames = new TreeMap<>(Objects.requireNonNullElse(input.otherNames(), Map.of()));
        institution.erasmusCode = code;
        institution.schacCode = blankToNull(input.schacCode());
        institution.pic = blankToNull(input.pic());
        institution.countryCode = country.code;
        institution.city = input.city().strip();
        institution.latitude = input.latitude();
        institution.longitude = input.longitude();
        institution.website = blankToNull(input.website());
        institution.contacts = List.copyOf(Objects.requireNonNullElse(input.contacts(), List.of()));
        institution.notes = blankToNull(input.notes());
        touch(institution, user);
    }

    private void touch(Institution institution, String user) {
        institution.updatedAt = Instant.now(clock);
        institution.updatedBy = user;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private InstitutionView view(Institution i, boolean staff) {
        String countryName = reference.country(i.countryCode).map(c -> c.names.en()).orElse(i.countryCode);
        return new InstitutionView(i.id, i.name, new HashMap<>(i.otherNames), i.erasmusCode,
                i.schacCode, i.pic, i.countryCode, countryName, i.city, i.latitude, i.longitude, i.website, i.status,
                staff ? List.copyOf(i.contacts) : null, staff ? i.notes : null, i.home ? i.timeZone : null, i.version,
                i.updatedAt);
    }
}
