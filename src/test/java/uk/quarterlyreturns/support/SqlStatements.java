package uk.quarterlyreturns.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The SQL statements the application sends PostgreSQL, as the driver is asked for them: those of work on the calling
 * thread ({@link #of}, {@link #during}), so that a test can say a screen costs the same statements however many rows it shows,
 * whatever plans the database picks; and those of every other thread (the job executor's) to a {@link Listener}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatements {

    /** Told of each statement (its SQL text, or {@link #COMMIT}) sent on a thread other than the one listening. */
    public interface Listener {
        void sent(String sql, long nanos);
    }

    public static final String COMMIT = "(commit)";

    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");
    private static final ThreadLocal<List<String>> SEEN = new ThreadLocal<>();
    private static volatile Listener listener;
    private static volatile Thread listening;

    /** The statements {@code work} sent on this thread, in order, each as its SQL text. */
    public static List<String> of(Runnable work) {
        return during(() -> {
            work.run();
            return null;
        }).statements();
    }

    /** What {@code work} gave and the statements it sent on this thread. */
    public static <T> Seen<T> during(Supplier<T> work) {
        List<String> outer = SEEN.get();
        List<String> seen = new ArrayList<>();
        SEEN.set(seen);
        try {
            return new Seen<>(work.get(), List.copyOf(seen));
        } finally {
            SEEN.set(outer);
        }
    }

    /**
     * The statements sent so far on this thread, within {@link #during}, as a live view: for a test to look at them
     * part-way through the work (from a callback the work makes).
     */
    public static List<String> soFar() {
        return Collections.unmodifiableList(SEEN.get());
    }

    /** How many of the statements name the table: its reads, for a statement that only reads. */
    public static long reading(String table, List<String> statements) {
        Pattern named = Pattern.compile("\\b" + Pattern.quote(table) + "\\b");
        return statements.stream().filter(sql -> named.matcher(sql).find()).count();
    }

    /** A piece of work's result and the statements it sent. */
    public record Seen<T>(T result, List<String> statements) {
    }

    /** From now, tells {@code l} of every statement and commit sent on any thread but this one; null stops it. */
    public static void listenElsewhere(Listener l) {
        listening = Thread.currentThread();
        listener = l;
    }

    @Bean
    static BeanPostProcessor seenDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds && !(bean instanceof Seeing) ? new Seeing(ds) : bean;
            }
        };
    }

    static final class Seeing extends DelegatingDataSource {
        Seeing(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return (Connection) proxy(super.getConnection(), Connection.class, null);
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return (Connection) proxy(super.getConnection(user, password), Connection.class, null);
        }
    }

    /** A statement prepared from SQL text carries the text, so that its execution can be put down to it. */
    private static Object proxy(Object target, Class<?> type, String sql) {
        InvocationHandler handler = (proxy, method, args) -> {
            long start = System.nanoTime();
            Object result = invoke(target, method, args);
            if (result instanceof Statement s && !(result instanceof Proxy)) {
                return proxy(s, method.getReturnType(), args != null && args.length > 0
                        && args[0] instanceof String text ? text : null);
            }
            boolean execute = target instanceof Statement && EXECUTES.contains(method.getName());
            boolean commit = target instanceof Connection && method.getName().equals("commit");
            if (execute || commit) {
                String text = commit ? COMMIT : sql != null || args == null || args.length == 0 ? sql
                        : String.valueOf(args[0]);
                seen(text, commit, System.nanoTime() - start);
            }
            return result;
        };
        return Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static void seen(String sql, boolean commit, long nanos) {
        List<String> seen = SEEN.get();
        if (seen != null && !commit) {
            seen.add(sql);
        }
        Listener l = listener;
        if (l != null && listening != Thread.currentThread()) {
            l.sent(sql, nanos);
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
