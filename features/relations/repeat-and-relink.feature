@relations
Feature: Delinking again, and linking again after a delink
  A delink removes a relation and Update Related Records adds one (docs/evidence.md §4): a record delinked and
  linked again is related once more, and the next delink removes it again, in either URL form.
  What a second delink of the same record answers is not documented: Zoho's official OpenAPI examples answer
  INVALID_DATA "relation not found" for an id that is not related (docs/evidence.md, open question 2); the behaviour
  profile chooses (not-related=...). Either way it changes nothing.

  Rule: A record linked again after a delink is delinked again

    Example: A contact delinked, linked again and delinked once more
      Given campaign C is linked to contacts R and S
      And contact R has been delinked from campaign C and linked to it again
      When contact R is delinked from campaign C
      Then the delink of contact R succeeds
      And campaign C is linked only to contact S

    Example: Two contacts delinked in one call, linked again and delinked once more
      Given campaign C is linked to contacts R, S and T
      And contacts R and S have been delinked from campaign C in one call and linked to it again
      When contacts R and S are delinked from campaign C in one call
      Then every delink succeeds
      And campaign C is linked only to contact T

  Rule: A second delink of the same record changes nothing

    Example: A contact delinked twice
      Given campaign C is linked to contacts R and S
      And contact R has been delinked from campaign C
      When contact R is delinked from campaign C
      Then the delink of contact R reports that the records were not related
      And campaign C is linked only to contact S
      And contact R still exists

    Example: Two contacts delinked twice in one call
      Given campaign C is linked to contacts R, S and T
      And contacts R and S have been delinked from campaign C in one call
      When contacts R and S are delinked from campaign C in one call
      Then the delink of contact R reports that the records were not related
      And the delink of contact S reports that the records were not related
      And campaign C is linked only to contact T
