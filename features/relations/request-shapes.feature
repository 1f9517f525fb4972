@relations
Feature: The request shapes Zoho's SDKs send
  The delink page's sample separates the ids with literal commas. Zoho's official SDKs send the same list in other
  shapes (docs/evidence.md §9.3): the Java and TypeScript SDKs encode each comma as %2C and a space as +; the Node
  SDKs keep the commas and end the query with a separator. Integrations built on an SDK depend on Zoho reading
  them as the same list; that it does rests on the SDKs, not on the delink page.

  @assumed @official-sdk
  Rule: The ids are read alike in every shape an official SDK sends

    Example: Two contacts delinked in one call, as Zoho's Java and TypeScript SDKs send it
      Given campaign C is linked to contacts A, B and D
      When contacts A and B are delinked from campaign C in one call, as Zoho's Java and TypeScript SDKs send it
      Then every delink succeeds
      And campaign C is linked only to contact D

    Example: Two contacts delinked in one call, as Zoho's Node SDKs send it
      Given campaign C is linked to contacts A, B and D
      When contacts A and B are delinked from campaign C in one call, as Zoho's Node SDKs send it
      Then every delink succeeds
      And campaign C is linked only to contact D

  @assumed
  Rule: Spaces around the ids are ignored however they are encoded
    Zoho does not document spaces in the list (docs/evidence.md, open question 3).

    Example: Spaces encoded as + around the ids
      Given campaign C is linked to contacts A, B and D
      When contacts A and B are delinked from campaign C in one call with spaces around the ids, as Zoho's Java and TypeScript SDKs encode them
      Then every delink succeeds
      And campaign C is linked only to contact D
