package uk.quarterlyreturns.base.db;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read once per transaction: a process step evaluates several expressions about the same return
 * (a task's candidates and due date, a gateway and then its timer), each of which would otherwise read
 * the same rows again. Whatever is remembered is forgotten when the transaction ends; outside a
 * transaction nothing is remembered.
 */
public final class PerTransaction<K, V> {

    private final Object owner = new Object();

    /** Remembered for this key, or loaded and remembered until the transaction ends. */
    public V get(K key, Function<K, V> load) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return load.apply(key);
        }
        return values().computeIfAbsent(key, load);
    }

    /**
     * Remembers values read ahead for many keys at once (a cycle's new returns, say), so that each key's later
     * {@link #get} reads nothing; outside a transaction nothing is remembered.
     */
    public void rememberAll(Map<K, V> read) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            values().putAll(read);
        }
    }

    /** What is remembered for this key in this transaction, reading nothing: empty when nothing is. */
    public Optional<V> remembered(K key) {
        return TransactionSynchronizationManager.hasResource(owner) ? Optional.ofNullable(values().get(key))
                : Optional.empty();
    }

    /** Forgets the key, for the rest of this transaction, after a write that changes what it read. */
    public void forget(K key) {
        if (TransactionSynchronizationManager.hasResource(owner)) {
            values().remove(key);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> values() {
        Map<K, V> values = (Map<K, V>) TransactionSynchronizationManager.getResource(owner);
        if (values == null) {
            Map<K, V> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(owner, fresh);
            // An inner transaction of its own (REQUIRES_NEW) starts with nothing remembered.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(owner);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(owner, fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(owner);
                }
            });
            values = fresh;
        }
        return values;
    }
}
