import Figures
