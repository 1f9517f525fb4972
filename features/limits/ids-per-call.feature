@limits
Feature: At most 100 related records can be delinked in one call
  "You can delete a maximum of 100 related records through an API call, that is, you can specify a maximum of
  100 related record IDs in the request URL." (delink page, Note)
  The error for a longer list is not documented: LIMIT_EXCEEDED is what Zoho answers for per-call limits elsewhere.

  Rule: Up to 100 ids are accepted in one call

    Scenario Outline: <count> contacts delinked in one call
      Given campaign C is linked to <count> contacts
      When all its linked contacts are delinked from campaign C in one call
      Then every delink succeeds
      And campaign C has no linked contacts

      Examples:
        | count |
        | 1     |
        | 2     |
        | 100   |

  Rule: More than 100 ids are refused, and nothing is delinked

    @assumed
    Example: 101 contacts in one call are refused
      Given campaign C is linked to 101 contacts
      When all its linked contacts are delinked from campaign C in one call
      Then the call is rejected with LIMIT_EXCEEDED
      And campaign C is still linked to all 101 contacts

  @assumed
  Rule: How the list of ids is read
    Zoho does not document duplicates, blanks or an empty list (zoho-api.md, unknown 3).

    Example: An id listed twice is delinked
      Given campaign C is linked to contacts A and B
      When contact A is delinked from campaign C in one call that lists it twice
      Then contact A is reported as delinked
      And campaign C is linked only to contact B

    Example: Spaces around the ids are ignored
      Given campaign C is linked to contacts A, B and D
      When contacts A and B are delinked from campaign C in one call with spaces around the ids
      Then every delink succeeds
      And campaign C is linked only to contact D

    Example: An empty list of ids is a missing parameter
      Given campaign C is linked to contact A
      When contacts are delinked from campaign C in one call with an empty list of ids
      Then the call is rejected with REQUIRED_PARAM_MISSING
      And campaign C is still linked to contact A

    Example: A call without the ids parameter is a missing parameter
      Given campaign C is linked to contact A
      When contacts are delinked from campaign C in one call without a list of ids
      Then the call is rejected with REQUIRED_PARAM_MISSING
      And campaign C is still linked to contact A
