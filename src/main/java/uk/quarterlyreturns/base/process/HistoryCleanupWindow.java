package uk.quarterlyreturns.base.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.QuarterlySettings;

/**
 * Gives the engine the night's hours in which it removes the history of ended processes past their time to live
 * (each process declares its own: returns and cycles ten years, mail deliveries 180 days). Without a window the
 * engine never removes any, and its history tables grow for as long as the council runs its quarters. With none
 * ("-"), history cleanup jobs a window once scheduled are suspended at the next start.
 */
@Component
public class HistoryCleanupWindow extends AbstractProcessEnginePlugin {

    private final String[] window;

    HistoryCleanupWindow(QuarterlySettings settings) {
        this.window = settings.history().window();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl config) {
        if (window != null) {
            config.setHistoryCleanupBatchWindowStartTime(window[0]);
            config.setHistoryCleanupBatchWindowEndTime(window[1]);
        }
    }
}
