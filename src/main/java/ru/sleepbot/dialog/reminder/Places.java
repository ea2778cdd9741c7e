package ru.sleepbot.dialog.reminder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.content.City;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Utterance;

/**
 * Finds the city a user names, in any case form ("в новосибирске", "из екатеринбурга": the words'
 * Snowball stems are compared), by short forms ("нск", "екб", "питер") and with a typo or two in a
 * long name ("навасибирск"). Several cities may fit one name (Железногорск): the caller asks which.
 */
final class Places {

    /** A typo is forgiven only in words this long; shorter names must be spelled right. */
    static final int FUZZY_MIN_LENGTH = 6;

    /** One way to write a city: the stems of its words. */
    private record Name(City city, List<String> stems) {
    }

    private final List<City> cities;
    private final List<Name> names;

    Places(List<City> cities, RussianAnalyzer analyzer) {
        this.cities = List.copyOf(cities);
        List<Name> all = new ArrayList<>();
        for (City city : cities) {
            List<String> spellings = new ArrayList<>();
            spellings.add(city.name());
            spellings.addAll(city.aliases());
            for (String spelling : spellings) {
                Utterance read = analyzer.analyze(spelling);
                if (!read.isEmpty()) {
                    all.add(new Name(city, read.stems()));
                }
            }
        }
        this.names = List.copyOf(all);
    }

    /** The cities a message names, longest name first; empty when it names none. */
    List<City> find(Utterance said) {
        int best = 0;
        Set<City> found = new LinkedHashSet<>();
        for (int start = 0; start < said.size(); start++) {
            for (Name name : names) {
                int length = name.stems().size();
                if (length >= best && matchesAt(said, start, name)) {
                    if (length > best) {
                        found.clear();
                        best = length;
                    }
                    found.add(name.city());
                }
            }
        }
        return List.copyOf(found);
    }

    /** The city at this position of the list (for the buttons that settle an ambiguous name). */
    Optional<City> at(int index) {
        return index >= 0 && index < cities.size() ? Optional.of(cities.get(index)) : Optional.empty();
    }

    int indexOf(City city) {
        return cities.indexOf(city);
    }

    /** A city named for this zone, to name the zone in replies ("Новосибирск"). */
    Optional<City> anyIn(java.time.ZoneId zone) {
        return cities.stream().filter(c -> c.zoneId().equals(zone)).findFirst();
    }

    private static boolean matchesAt(Utterance said, int start, Name name) {
        List<String> stems = name.stems();
        if (start + stems.size() > said.size()) {
            return false;
        }
        for (int i = 0; i < stems.size(); i++) {
            String stem = said.stem(start + i);
            String wanted = stems.get(i);
            if (!stem.equals(wanted) && !(stems.size() == 1 && close(said.token(start + i), stem, wanted))) {
                return false;
            }
        }
        return true;
    }

    /** "навасибирск" for "новосибирск": one edit in names of 6+ letters, two in names of 9+. */
    private static boolean close(String token, String stem, String wanted) {
        if (wanted.length() < FUZZY_MIN_LENGTH || token.length() < FUZZY_MIN_LENGTH
                || Math.abs(stem.length() - wanted.length()) > 2 || stem.charAt(0) != wanted.charAt(0)) {
            return false;
        }
        int allowed = wanted.length() >= 9 ? 2 : 1;
        return distance(stem, wanted, allowed) <= allowed;
    }

    /** Levenshtein distance, stopping early once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
