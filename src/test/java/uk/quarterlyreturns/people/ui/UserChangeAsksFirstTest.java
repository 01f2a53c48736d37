package uk.quarterlyreturns.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A director leaving the post by a change on the Users screen (made a reader, say) is asked about first, as disabling
 * them is: the question says what the change takes from them; Cancel keeps them as they are and what was typed, the
 * answer saves it. A change that takes nothing, or that would be refused, is not asked about.
 */
class UserChangeAsksFirstTest extends ViewTest {

    private static final String SERVICE = "Libraries 3984";

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired UserAdministration admin;

    @Test
    void aDirectorMadeAReaderIsAskedAboutFirstAndCancelKeepsThemAndWhatWasTyped() {
        imports.importMeasures("3984-85", TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\nLB-3984,Loans,Economy and"
                + " Infrastructure," + SERVICE + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE\n")
                .getBytes(StandardCharsets.UTF_8), "f.csv"));
        Organisation.ServiceUnit libraries = organisation.findService(SERVICE).orElseThrow();
        admin.create(new UserFields("dir.3984", "Lena Leaving", "dir.3984@council.test",
                EnumSet.of(Role.SERVICE_DIRECTOR), libraries.id(), null), "pear tree lane 3984", "admin");
        signIn("admin");
        open("admin/users");

        _click(button("dir.3984", "Change"));
        UserDialog dialog = _get(UserDialog.class);
        TextField email = _get(dialog, TextField.class, s -> s.withLabel("Email"));
        _setValue(email, "not an address");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(dialog, CheckboxGroup.class, s -> s.withLabel("Roles"));
        _setValue(roles, Set.of(Role.READER));
        _setValue(_get(dialog, ComboBox.class, s -> s.withLabel("Service")), null);
        Button save = _get(dialog, Button.class, s -> s.withText("Save changes"));
        _click(save);
        assertThat(_find(ConfirmDialog.class)).as("a change that would be refused is refused first").isEmpty();
        assertThat(email.isInvalid()).isTrue();

        _setValue(email, "lena.3984@council.test");
        _click(save);
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ask.getElement().getProperty("header")).isEqualTo("Take work from Lena Leaving?");
        assertThat(_find(ask, ListItem.class)).extracting(ListItem::getText).containsExactly("Lena Leaving stops being"
                + " director of " + SERVICE + ", which has no director until one is named");
        ConfirmDialogKt._fireCancel(ask);
        assertThat(people.inService(libraries.id(), Role.SERVICE_DIRECTOR)).extracting(Person::username)
                .containsExactly("dir.3984");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(roles.getValue()).as("what was typed is kept").containsExactly(Role.READER);

        _click(save);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(people.find("dir.3984").orElseThrow()).satisfies(p -> {
            assertThat(p.roles()).containsExactly(Role.READER);
            assertThat(p.email()).isEqualTo("lena.3984@council.test");
        });
        assertThat(people.inService(libraries.id(), Role.SERVICE_DIRECTOR)).isEmpty();

        _click(button("dir.3984", "Change"));
        UserDialog again = _get(UserDialog.class);
        _setValue(_get(again, TextField.class, s -> s.withLabel("Name")), "Lena Left");
        _click(_get(again, Button.class, s -> s.withText("Save changes")));
        assertThat(_find(ConfirmDialog.class)).as("it takes nothing from a reader").isEmpty();
        assertThat(people.find("dir.3984").orElseThrow().displayName()).isEqualTo("Lena Left");
    }

    private static Button button(String username, String text) {
        @SuppressWarnings("unchecked")
        Grid<Person> grid = _get(Grid.class);
        int row = grid.getListDataView().getItems().map(Person::username).toList().indexOf(username);
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid, row, "actions");
        return _get(actions, Button.class, s -> s.withText(text));
    }
}
