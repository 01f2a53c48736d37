package uk.quarterlyreturns.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that starts a whole application configured its own way, so it runs only in the JVM that
 * {@code ApplicationsOfTheirOwnTest} starts: the suite's JVM leaves out this tag (pom.xml), however its classes are
 * chosen, since {@code -Dtest=} replaces Surefire's excludes but not its excluded groups.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(InAJvmOfItsOwn.TAG)
public @interface InAJvmOfItsOwn {

    String TAG = "jvm-of-its-own";
}
