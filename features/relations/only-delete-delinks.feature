@relations
Feature: Only a delink removes a relation
  Both URL forms of the delink page are DELETE, and the page answers INVALID_REQUEST_METHOD to another method. On
  the same addresses Zoho's docs give GET to Get Related Records and PUT to Update Related Records, which read and
  add relations. Whatever Zoho answers to another method on a delink address, it reports nothing as delinked and
  the relation stays.
  Source: https://www.zoho.com/crm/developer/docs/api/v7/delink.html

  Rule: The address that delinks one record removes nothing when it is used otherwise

    Scenario Outline: The address that delinks one contact, used to <use>
      Given campaign C is linked to contacts A and B
      When the address that delinks contact A from campaign C is used to <use>
      Then nothing is reported as delinked
      And campaign C is linked only to contacts A and B

      Examples:
        | use              |
        | read it          |
        | read its headers |
        | replace it       |
        | update it        |
        | post to it       |

  Rule: The address that delinks several records in one call removes nothing when it is used otherwise

    Scenario Outline: The address that delinks two contacts in one call, used to <use>
      Given campaign C is linked to contacts A, B and D
      When the address that delinks contacts A and B from campaign C in one call is used to <use>
      Then nothing is reported as delinked
      And campaign C is linked only to contacts A, B and D

      Examples:
        | use              |
        | read it          |
        | read its headers |
        | replace it       |
        | update it        |
        | post to it       |
