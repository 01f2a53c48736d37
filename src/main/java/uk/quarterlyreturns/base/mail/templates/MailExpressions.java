package uk.quarterlyreturns.base.mail.templates;

import java.util.Map;
import java.util.regex.Pattern;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * Reads {@code ${name}} and {@code ${item.name}} from the variables {@link MailVariables} prepares, and nothing
 * else. The application gets Thymeleaf through thymeleaf-spring6, which leaves out OGNL (the standalone engine's
 * default language), and the mail templates need no method calls anyway. Comparisons, conditionals and
 * {@code |literal ${substitution}|} still work: Thymeleaf itself evaluates those around the variables.
 */
final class MailExpressions implements IStandardVariableExpressionEvaluator {

    private static final Pattern PATH = Pattern.compile("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*");

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
            StandardExpressionExecutionContext expContext) {
        String path = expression.getExpression().strip();
        if (!PATH.matcher(path).matches()) {
            throw new TemplateProcessingException(
                    "Mail templates read variables by name, e.g. ${serviceName} or ${item.link}, not: " + path);
        }
        String[] names = path.split("\\.");
        Object value = context.getVariable(names[0]);
        for (int i = 1; i < names.length && value != null; i++) {
            if (!(value instanceof Map<?, ?> map)) {
                throw new TemplateProcessingException("Cannot read '" + names[i] + "' of " + names[0] + " in " + path);
            }
            value = map.get(names[i]);
        }
        return value;
    }
}
