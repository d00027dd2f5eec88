print("reglab")
