@errors @permissions
Feature: The user must be allowed to delete related records
  Delink page, Possible Errors:
  NO_PERMISSION, HTTP 403, "Permission denied to delete records": "The user does not have permission to delete
  related records data."
  AUTHORIZATION_FAILED, HTTP 400, "User does not have sufficient privilege to delete related records data".

  Rule: A profile without the delete permission cannot delink

    Example: A user whose profile may not delete related records
      Given campaign C is linked to contact A
      And the caller is a user whose profile may not delete related records
      When contact A is delinked from campaign C
      Then the call is rejected with NO_PERMISSION
      And campaign C is still linked to contact A

  Rule: A user without privilege on the related records cannot delink them

    Example: A user without access to contacts
      Given campaign C is linked to contact A
      And the caller is a user without access to contacts
      When contact A is delinked from campaign C
      Then the call is rejected with AUTHORIZATION_FAILED
      And campaign C is still linked to contact A
