print("lesson-1: under construction")
