@errors @permissions
Feature: The user must be allowed to delete related records
  Delink page, Possible Errors:
  NO_PERMISSION, HTTP 403, "Permission denied to delete records": "The user does not have permission to delete
  related records data."
  AUTHORIZATION_FAILED, HTTP 400, "User does not have sufficient privilege to delete related records data": "The
  user does not have the permission to delete related records data."
  Both resolutions name the same cause, so that the call is refused with one of the two is documented; which
  cause yields which code is a guess. The one capture of NO_PERMISSION reads "permission denied".

  Rule: A profile without the delete permission cannot delink

    Example: A user whose profile may not delete related records
      Given campaign C is linked to contact A
      And the caller is a user whose profile may not delete related records
      When contact A is delinked from campaign C
      Then the call is rejected with NO_PERMISSION
        | expects                       | Zoho answers                          | evidence         |
        | refused                       | an error, nothing delinked            | delink page      |
        | code documented for the cause | NO_PERMISSION or AUTHORIZATION_FAILED | delink page      |
        | code                          | NO_PERMISSION                         | inferred         |
        | HTTP status                   | 403                                   | inferred         |
        | exact message                 | permission denied                     | seen on the wire |
        | details keys                  | permissions                           | official example |
      And campaign C is still linked to contact A

  Rule: A user without privilege on the related records cannot delink them

    Example: A user without access to contacts
      Given campaign C is linked to contact A
      And the caller is a user without access to contacts
      When contact A is delinked from campaign C
      Then the call is rejected with AUTHORIZATION_FAILED
        | expects                       | Zoho answers                                                           | evidence    |
        | refused                       | an error, nothing delinked                                             | delink page |
        | code documented for the cause | NO_PERMISSION or AUTHORIZATION_FAILED                                  | delink page |
        | code                          | AUTHORIZATION_FAILED                                                   | inferred    |
        | HTTP status                   | 400                                                                    | inferred    |
        | message, any case             | User does not have sufficient privilege to delete related records data | inferred    |
        | exact message                 | User does not have sufficient privilege to delete related records data | inferred    |
      And campaign C is still linked to contact A
