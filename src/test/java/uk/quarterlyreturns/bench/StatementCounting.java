package uk.quarterlyreturns.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application executes on the calling thread, so a figure can say how many
 * statements one screen load costs (a constant, not one per task); and, while a cycle opens, those of every other
 * thread, with their times when asked ({@link StatementTimes}).
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounting {

    private static final ThreadLocal<AtomicLong> COUNT = ThreadLocal.withInitial(AtomicLong::new);
    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");
    /** Statements and commits on every other thread (the job executor's), from {@link #startElsewhere}. */
    private static final AtomicLong ELSEWHERE = new AtomicLong();
    private static volatile Thread watching;

    /** Statements executed on this thread since the last call. */
    static long takeCount() {
        return COUNT.get().getAndSet(0);
    }

    /** Counts from now what every thread but this one sends the database: each a round trip. */
    static void startElsewhere() {
        ELSEWHERE.set(0);
        StatementTimes.take();
        watching = Thread.currentThread();
    }

    /** Statements and commits counted since {@link #startElsewhere}; the count goes on. */
    static long elsewhereSoFar() {
        return ELSEWHERE.get();
    }

    /** Statements and commits counted since {@link #startElsewhere}; the count stops. */
    static long stopElsewhere() {
        watching = null;
        return ELSEWHERE.get();
    }

    /** Whether this thread's statements are counted as another thread's (the job executor's, say). */
    private static boolean elsewhere() {
        Thread watcher = watching;
        return watcher != null && watcher != Thread.currentThread();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds && !(bean instanceof Counting) ? new Counting(ds) : bean;
            }
        };
    }

    static final class Counting extends DelegatingDataSource {
        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            return wrap(super.getConnection(), Connection.class);
        }

        @Override
        public Connection getConnection(String user, String password) throws java.sql.SQLException {
            return wrap(super.getConnection(user, password), Connection.class);
        }
    }

    private static <T> T wrap(T target, Class<T> type) {
        return type.cast(proxy(target, type, null));
    }

    /** A statement prepared from SQL text carries the text, so that its time can be put down to it. */
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
            if (execute) {
                COUNT.get().incrementAndGet();
            }
            if ((execute || commit) && elsewhere()) {
                ELSEWHERE.incrementAndGet();
                if (StatementTimes.ON) {
                    String text = sql != null || args == null || args.length == 0 ? sql : String.valueOf(args[0]);
                    StatementTimes.add(commit ? StatementTimes.COMMIT : text, System.nanoTime() - start);
                }
            }
            return result;
        };
        return Proxy.newProxyInstance(StatementCounting.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
