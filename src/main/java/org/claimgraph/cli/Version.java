package org.claimgraph.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest, or "development" when run from classes. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"claimgraph " + (version == null ? "development" : version),
            "Licence GPL-3.0-or-later; uses Stanford CoreNLP (GPL v3+)."};
    }
}
