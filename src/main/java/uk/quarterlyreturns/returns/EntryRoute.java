package uk.quarterlyreturns.returns;

/**
 * How a change reached a return's form: typed into it, or entered from a file uploaded into it (a values file or the
 * return's workbook). The history says which: every change an upload makes is marked "uploaded file".
 */
public enum EntryRoute {

    TYPED(null),
    UPLOADED_FILE(ReturnEditing.UPLOADED);

    private final String comment;

    EntryRoute(String comment) {
        this.comment = comment;
    }

    /** The trail's comment on the change: null for typing, which carries on the person's entry for the field. */
    String comment() {
        return comment;
    }
}
