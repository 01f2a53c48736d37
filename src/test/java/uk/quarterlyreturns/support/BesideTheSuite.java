package uk.quarterlyreturns.support;

/**
 * The classes that run beside the suite take this lock, so that they run one at a time: two of them at once
 * beside the suite left three busy processes on two cores at first, then one core idle once they were done.
 * They are those whose applications and databases are processes of their own, and a few longer tests of pure
 * code (printing, the feature boundaries) that share nothing with the application: the fault tests are done
 * about two minutes before the rest, and what runs after them runs on one core.
 */
public final class BesideTheSuite {

    public static final String LOCK = "processes-beside-the-suite";

    private BesideTheSuite() {
    }
}
