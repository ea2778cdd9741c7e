package ru.sleepbot.app;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest, so it is set in one place (the pom). */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"sleep-bot " + (version == null ? "dev" : version)};
    }
}
