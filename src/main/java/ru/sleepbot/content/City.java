package ru.sleepbot.content;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A place people name when they say where they live ("я в новосибирске"), with its time zone
 * ({@code intents/places/cities.yaml}). Two entries may share a name (Железногорск in two regions):
 * the bot then asks which one is meant, by {@code region}.
 */
public record City(String name, String zone, String region, String country, List<String> aliases) {

    public City {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a city has no name");
        }
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("city " + name + " has an unknown zone " + zone, e);
        }
        region = region == null ? "" : region;
        country = country == null ? "" : country;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }
}
