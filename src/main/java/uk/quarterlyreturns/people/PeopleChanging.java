package uk.quarterlyreturns.people;

/**
 * A change to people's roles, places or access is about to be made (it has taken its turn, nothing is changed yet):
 * whatever must remember who held a post until now keeps it in the same transaction.
 */
public record PeopleChanging() {
}
