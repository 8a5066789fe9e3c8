package org.mobilitydesk.reference;

import java.time.Clock;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mobilitydesk.reference.ReferenceViews.AcademicYearView;
import org.mobilitydesk.reference.ReferenceViews.CefrLevelView;
import org.mobilitydesk.reference.ReferenceViews.CountryView;
import org.mobilitydesk.reference.ReferenceViews.EqfLevelView;
import org.mobilitydesk.reference.ReferenceViews.IscedFieldView;
import org.mobilitydesk.reference.ReferenceViews.LanguageView;

@ApplicationScoped
public class ReferenceService {

    @Inject
    Clock clock;

    /** The call year in force today: a call year is named after the calendar year of its call. */
    public int currentCallYear() {
        return Year.now(clock).getValue();
    }

    /** Countries and their classifications, read once: they never change while the application runs (they arrive by migration). */
    private record Countries(Map<String, Country> byCode, Map<String, List<CountryClassification>> classifications) {

        Optional<CountryClassification> classification(String code, int callYear) {
            return classifications.getOrDefault(code, List.of()).stream().filter(c -> c.covers(callYear)).findFirst();
        }
    }

    private volatile Countries countries;

    private Countries loaded() {
        Countries loaded = countries;
        if (loaded == null) {
            loaded = new Countries(
                    Country.<Country>listAll().stream().collect(Collectors.toUnmodifiableMap(c -> c.code, Function.identity())),
                    CountryClassification.<CountryClassification>listAll().stream()
                            .collect(Collectors.groupingBy(c -> c.id.countryCode(), Collectors.toUnmodifiableList())));
            countries = loaded;
        }
        return loaded;
    }

    @Transactional
    public Optional<Country> country(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(loaded().byCode().get(code.toUpperCase(Locale.ROOT)));
    }

    @Transactional
    public List<CountryView> countries(int callYear) {
        Countries all = loaded();
        return all.byCode().values().stream()
                .sorted(Comparator.comparing(c -> c.code))
                .map(c -> view(c, all.classification(c.code, callYear).orElse(null), callYear))
                .toList();
    }

    /** A country with its side, group and region in one call year. */
    @Transactional
    public Optional<CountryView> country(String code, int callYear) {
        return country(code).map(c -> view(c, loaded().classification(c.code, callYear).orElse(null), callYear));
    }

    private static CountryView view(Country c, CountryClassification cc, int callYear) {
        return new CountryView(c.code, c.names.en(), c.names, c.side, callYear,
                cc == null ? null : cc.receivingGroup, cc == null ? null : cc.partnerRegion,
                cc == null ? null : cc.regionConfidence);
    }

    @Transactional
    public List<IscedFieldView> isced() {
        return IscedField.<IscedField>listAll().stream().sorted(Comparator.comparing(f -> f.code))
                .map(f -> new IscedFieldView(f.code, f.level, f.nameEn, f.parentCode)).toList();
    }

    @Transactional
    public List<EqfLevelView> eqfLevels() {
        return EqfLevel.<EqfLevel>listAll().stream().sorted(Comparator.comparingInt(l -> l.level))
                .map(l -> new EqfLevelView(l.level, l.nameEn)).toList();
    }

    @Transactional
    public List<CefrLevelView> cefrLevels() {
        return CefrLevel.<CefrLevel>listAll().stream().sorted(Comparator.comparingInt(l -> l.ordinal))
                .map(l -> new CefrLevelView(l.code, l.nameEn)).toList();
    }

    @Transactional
    public List<LanguageView> languages() {
        return Language.<Language>listAll().stream().sorted(Comparator.comparing(l -> l.code))
                .map(l -> new LanguageView(l.code, l.names.en(), l.names))
                .toList();
    }

    /** Country names by ISO code. */
    @Transactional
    public Map<String, LocalizedNames> countryNames() {
        return loaded().byCode().values().stream().collect(Collectors.toUnmodifiableMap(c -> c.code, c -> c.names));
    }

    /** Language names by ISO 639-1 code. */
    @Transactional
    public Map<String, LocalizedNames> languageNames() {
        return Language.<Language>listAll().stream().collect(Collectors.toUnmodifiableMap(l -> l.code, l -> l.names));
    }

    @Transactional
    public List<AcademicYearView> academicYears() {
        return AcademicYear.<AcademicYear>listAll().stream().sorted(Comparator.comparing(y -> y.code))
                .map(y -> new AcademicYearView(y.code, y.startDate, y.endDate)).toList();
    }
}
