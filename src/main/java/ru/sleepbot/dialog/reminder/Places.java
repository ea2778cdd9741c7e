package ru.sleepbot.dialog.reminder;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import ru.sleepbot.content.City;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Utterance;

/**
 * Finds the city a user names: in any case form ("в новосибирске", "из ростова-на-дону", "в
 * сергиевом посаде"), by short forms ("нск", "екб", "питер") and with a typo in a long name
 * ("навасибирск"). A name that is also an ordinary word ("мирный", "чита") counts only after a word
 * that introduces a place ("в", "из", "живу", "город"), or as the whole message, or when the bot has
 * just asked for the city or talked about reminders; abbreviations ("мск") count anywhere. Exact spellings win over typos. Several cities may fit one
 * name (Железногорск): the caller asks which.
 */
final class Places {

    /**
     * A typo is forgiven only in names this long ("поставь" is one letter from "полтава": short
     * names must be spelled right), and only where a word introduces a place.
     */
    static final int FUZZY_MIN_LENGTH = 8;
    /** Case endings a city name takes after its base ("ростов|е", "москв|ы", "сергиев|ом"). */
    private static final Set<String> ENDINGS = Set.of("", "а", "у", "е", "ом", "ой", "ы", "и", "ю", "ем", "ах", "ам",
            "ами", "ями", "ей", "ии", "ию", "ого", "ую", "ые", "ых", "ым", "ее", "ям", "ях", "ь",
            // "по новосибирскому", "по киевскому": the time of a place said as an adjective
            "ому", "ий", "ая", "ое", "ским", "скому", "ского", "ском", "ский", "ская", "ской", "ское");
    /** Words after which a city name is a place, not an ordinary word. */
    private static final Set<String> PLACE_WORDS = Set.of("в", "во", "из", "изо", "город", "городе", "г", "живу",
            "живем", "нахожусь", "по", "пояс", "пояса", "поясу", "время", "времени", "на",
            // "я с иркутска": "from", as people say it
            "с", "со");
    /** "на час больше, чем в москве": a city named to compare with is not where the person is. */
    private static final Set<String> COMPARED = Set.of("чем", "не");

    /** One way to write a city: its words, their stems, and whether it is a short form or alias. */
    private record Name(City city, List<String> words, List<String> stems, boolean alias) {
    }

    private final List<City> cities;
    private final List<Name> names;
    private final RussianAnalyzer analyzer;

    Places(List<City> cities, RussianAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.cities = List.copyOf(cities);
        List<Name> all = new ArrayList<>();
        for (City city : cities) {
            add(all, city, city.name(), false, analyzer);
            city.aliases().forEach(alias -> add(all, city, alias, true, analyzer));
        }
        this.names = List.copyOf(all);
    }

    private static void add(List<Name> all, City city, String spelling, boolean alias, RussianAnalyzer analyzer) {
        Utterance read = analyzer.analyze(spelling);
        if (!read.isEmpty()) {
            all.add(new Name(city, read.tokens(), read.stems(), alias));
        }
    }

    /**
     * The cities a message names: the longest exact name first, typos only when nothing is exact.
     * {@code asked}: the bot just asked for the city, so a bare name needs no introducing word.
     */
    List<City> find(Utterance said, boolean asked) {
        Set<City> exact = new LinkedHashSet<>();
        Set<City> fuzzy = new LinkedHashSet<>();
        int best = 0;
        for (int start = 0; start < said.size(); start++) {
            if (start > 0 && COMPARED.contains(said.token(start - 1))
                    || start > 1 && COMPARED.contains(said.token(start - 2)) && PLACE_WORDS.contains(said.token(start - 1))) {
                continue; // "новосибирск, а не москва", "не по москве", "больше, чем в москве"
            }
            boolean introduced = asked || start > 0 && PLACE_WORDS.contains(said.token(start - 1))
                    || start == said.size() - 1 && afterAPause(said);
            boolean placed = introduced || said.size() <= 2;
            for (Name name : names) {
                int length = name.words().size();
                if (length < best || start + length > said.size() || !(placed || abbreviation(name) || length > 1)) {
                    continue;
                }
                if (exactAt(said, start, name)) {
                    if (length > best) {
                        exact.clear();
                        best = length;
                    }
                    exact.add(name.city());
                } else if (length == 1 && introduced && (close(said.token(start), said.stem(start), name)
                        || byEar(said.stem(start), name))) {
                    fuzzy.add(name.city());
                }
            }
        }
        return List.copyOf(exact.isEmpty() ? fuzzy : exact);
    }

    /**
     * "напоминай в 10, новосиб", "поставь на 21:30. владик": the last word, set apart by a comma or
     * a full stop, is said as where the person is.
     */
    private static boolean afterAPause(Utterance said) {
        String raw = said.raw().strip().replaceAll("[.!)\\s]+$", "");
        int cut = Math.max(raw.lastIndexOf(' '), Math.max(raw.lastIndexOf(','), raw.lastIndexOf('.')));
        return cut > 0 && said.size() > 2 && raw.substring(0, cut + 1).stripTrailing().matches("(?s).*[,.;:—-]$");
    }

    /** "мск", "спб", "екб": no ordinary word looks like these, so they count anywhere. */
    private static boolean abbreviation(Name name) {
        String word = name.words().get(0);
        return name.alias() && name.words().size() == 1 && word.length() <= 3;
    }

    /** A city by its name as the content spells it ("новосибирск"). */
    Optional<City> named(String name) {
        return cities.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** A piece of a message, read as a message of its own. */
    Utterance read(String text) {
        return analyzer.analyze(text);
    }

    /** The city at this position of the list (for the buttons that settle an ambiguous name). */
    Optional<City> at(int index) {
        return index >= 0 && index < cities.size() ? Optional.of(cities.get(index)) : Optional.empty();
    }

    /** Of the cities offered, the one whose region the answer names ("Амурская область", "который в Кемеровской"). */
    Optional<City> byRegion(List<Integer> offered, Utterance said) {
        List<City> named = offered.stream().map(this::at).flatMap(Optional::stream)
                .filter(c -> analyzer.analyze(c.region()).stems().stream()
                        .anyMatch(stem -> stem.length() >= 4 && said.stems().contains(stem)))
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    int indexOf(City city) {
        return cities.indexOf(city);
    }

    /** The main city of a zone (the content lists it first), to name the zone in replies. */
    Optional<City> anyIn(ZoneId zone) {
        return cities.stream().filter(c -> c.zoneId().equals(zone)).findFirst();
    }

    private static boolean exactAt(Utterance said, int start, Name name) {
        for (int i = 0; i < name.words().size(); i++) {
            if (!sameWord(said.token(start + i), said.stem(start + i), name.words().get(i), name.stems().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The same word in another case: equal stems, or the name's base plus a case ending. */
    private static boolean sameWord(String token, String stem, String word, String wordStem) {
        if (token.equals(word) || stem.equals(wordStem)) {
            return true;
        }
        String base = base(word);
        return token.length() > base.length() && token.startsWith(base) && base.length() >= 3
                && ENDINGS.contains(token.substring(base.length()));
    }

    /** "москва" → "москв", "белая" → "бел", "ростов" → "ростов": the name without its own ending. */
    private static String base(String word) {
        if (word.length() > 4 && word.matches(".*(ая|ый|ий|ой|ое|ее|ые)$")) {
            return word.substring(0, word.length() - 2);
        }
        return word.length() > 3 && "аяьйоыие".indexOf(word.charAt(word.length() - 1)) >= 0
                ? word.substring(0, word.length() - 1) : word;
    }

    /** "навасибирск" for "новосибирск": one edit in names of 8+ letters, two in names of 10+. */
    private static boolean close(String token, String stem, Name name) {
        String wanted = name.stems().get(0);
        if (name.alias() || wanted.length() < FUZZY_MIN_LENGTH || token.length() < FUZZY_MIN_LENGTH
                || Math.abs(stem.length() - wanted.length()) > 2 || stem.charAt(0) != wanted.charAt(0)) {
            return false;
        }
        int allowed = wanted.length() >= 10 ? 2 : 1;
        return distance(stem, wanted, allowed) <= allowed;
    }

    /** Letters written as they sound: "тс" and "дс" are said "ц" ("иркуцк", "брацк", "якуцк"). */
    private static final Pattern SOUNDS_LIKE_TS = Pattern.compile("[тд]с");
    /** Names this long are spelled by ear; shorter ones would meet ordinary words. */
    static final int BY_EAR_MIN_LENGTH = 5;

    /** "иркуцка" for "иркутска": a name written as it sounds, in names of any length from 5 letters. */
    private static boolean byEar(String stem, Name name) {
        String wanted = name.stems().get(0);
        return !name.alias() && wanted.length() >= BY_EAR_MIN_LENGTH && SOUNDS_LIKE_TS.matcher(wanted).find()
                && SOUNDS_LIKE_TS.matcher(wanted).replaceAll("ц").equals(stem);
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
