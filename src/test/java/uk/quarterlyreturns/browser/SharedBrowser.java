package uk.quarterlyreturns.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One Chromium for every journey class, given to a {@code ChromeDriver} parameter and closed once the whole run
 * is over: starting it cost about five seconds of CPU per class. Each journey signs in afresh, and the sign-in
 * page clears the cookies first.
 */
public final class SharedBrowser implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBrowser.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ChromeDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Open.class, key -> new Open(Browser.start()), Open.class).driver();
    }

    private record Open(ChromeDriver driver) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            driver.quit();
        }
    }
}
