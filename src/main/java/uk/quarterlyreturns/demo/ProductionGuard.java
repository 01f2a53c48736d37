package uk.quarterlyreturns.demo;

import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.db.DatabaseRefusedException;
import uk.quarterlyreturns.people.PeopleService;

/** Under the prod profile, refuses to start, in one line, while demo users (password "demo") could sign in. */
@Component
@Profile("prod")
@DependsOn("flywayInitializer")
class ProductionGuard {

    ProductionGuard(PeopleService people) {
        if (people.anyDemoUser()) {
            throw new DatabaseRefusedException("The prod profile refuses to start: this database holds the demo users,"
                    + " whose password is 'demo'. Use a fresh database for production, or delete the users marked"
                    + " demo (select username from app_user where demo) before starting again.");
        }
    }
}
