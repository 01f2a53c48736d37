package uk.quarterlyreturns.support;

/**
 * The classes that run beside the suite (their applications and databases are processes of their own) take
 * this lock, so that they run one at a time: two of them at once beside the suite left three busy processes
 * on two cores at first, then one core idle once they were done.
 */
public final class BesideTheSuite {

    public static final String LOCK = "processes-beside-the-suite";

    private BesideTheSuite() {
    }
}
